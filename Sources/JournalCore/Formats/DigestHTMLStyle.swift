/// The digest page's style sheet: how it reads on a screen, a phone and paper.
extension DigestHTML {
    /// Text as a quoted CSS string that cannot end the string or the `<style>` element early.
    private static func cssString(_ text: String) -> String {
        var result = "\""
        for scalar in TerminalSafety.visible(text).unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&", "\n", "\r", "\t":
                result += "\\" + String(scalar.value, radix: 16) + " "
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Calm on screen and on paper. Meaning never rests on colour alone (lines differ by dash,
    /// boxes by border and words), since many print in black and white. Widths are relative and
    /// long words may break anywhere, so that A4 and US Letter both fit; the page size is left to
    /// the printer. The header line (whose digest, the period) and page numbers are page margin
    /// boxes on every page, the first too: Chromium (from version 131) prints them in place of
    /// its own header and footer, so the page looks the same with the browser's headers on or
    /// off; a page without them would show the browser's date and file name. Browsers without
    /// margin boxes print their own, with the page's title, which says the same. Sections flow
    /// from page to page; only an entry, a figure and a heading with what follows it are kept
    /// together. On a narrow screen the chart shrinks to the width and a table scrolls inside
    /// itself, never the page.
    static func styleSheet(runningHeader: String, showsPictures: Bool) -> String {
        // One stack for headings and the page's margins, so that they print in the same face.
        let sansSerif = #""Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", system-ui, sans-serif"#
        return """
        :root { color-scheme: light; }
        html { font-size: 17px; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body {
          margin: 0 auto; max-width: 42rem; padding: 2.5rem 1.5rem 3rem;
          font: 1rem/1.6 Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Liberation Serif", serif;
          color: #222; background: #fff;
          overflow-wrap: anywhere;
        }
        h1, h2, h3, .period, .facts, .labels, .aside, .notice, figcaption, table, .chart text {
          font-family: \(sansSerif);
        }
        header { border-bottom: 2px solid #222; padding-bottom: 1rem; }
        h1 { font-size: 1.8rem; font-weight: 600; line-height: 1.2; margin: 0; }
        h1 .writer { display: block; font-size: 1.15rem; font-weight: 600; color: #333; margin-bottom: 0.2rem; }
        .period { font-size: 1.15rem; margin: 0.25rem 0 0.8rem; color: #333; }
        .facts { list-style: none; margin: 0; padding: 0; font-size: 0.88rem; color: #444; }
        .facts li { margin: 0.1rem 0; }
        .note { color: #555; font-style: italic; }
        .takeaway { color: #333; }
        .homework li { margin: 0.45rem 0; break-inside: avoid; }
        .homework .facts { font-family: \(sansSerif); font-size: 0.85rem; color: #555; }
        .notice { border: 2px solid #222; padding: 0.8rem 1rem; margin: 1.6rem 0 0; line-height: 1.45; }
        h2 {
          font-size: 0.78rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.12em; color: #444;
          border-bottom: 1px solid #c9cfd6; padding-bottom: 0.35rem; margin: 2.4rem 0 1rem;
          break-after: avoid;
        }
        ul { padding-left: 1.2rem; margin: 0 0 1rem; }
        li { margin: 0.2rem 0; }
        .aside { font-size: 0.85rem; color: #555; }
        .entry {
          margin: 0 0 1.4rem; padding: 0.05rem 0 0.05rem 1rem; border-left: 3px solid #b7c0ca;
          break-inside: avoid;
        }
        #flagged .entry { border-left: 5px double #222; }
        .entry h3 { font-size: 0.88rem; font-weight: 600; color: #333; margin: 0; }
        .labels { font-size: 0.85rem; color: #555; margin: 0.05rem 0 0; }
        .entry p { margin: 0.45rem 0 0; orphans: 3; widows: 3; }
        .entry.reference .labels { font-style: italic; }
        figure { margin: 1.4rem 0 1.2rem; break-inside: avoid; }
        figure > svg { display: block; width: 100%; height: auto; }
        figcaption { font-size: 0.78rem; color: #444; margin-top: 0.4rem; }
        figcaption svg { width: 2.4em; height: 0.8em; vertical-align: -0.05em; }
        .key { white-space: nowrap; margin-right: 1.2em; }
        .chart text { font-size: 12px; fill: #444; }
        .chart .grid { stroke: #d6dbe0; stroke-width: 1; }
        .chart .axis { stroke: #666; stroke-width: 1; }
        .chart .mood { fill: none; stroke: #1f3a4d; stroke-width: 2.5; stroke-linejoin: round; stroke-linecap: round; }
        .chart .day { fill: #1f3a4d; stroke: #fff; stroke-width: 1.5; }
        .chart .previous { stroke: #444; stroke-width: 1.5; stroke-dasharray: 7 5; }
        .chart .session { stroke: #555; stroke-width: 1.5; stroke-dasharray: 2 3; }
        .scrolls { overflow-x: auto; margin: 0 0 1rem; }
        table { width: 100%; border-collapse: collapse; font-size: 0.78rem; font-variant-numeric: tabular-nums; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        caption { caption-side: top; text-align: left; color: #444; padding-bottom: 0.4rem; }
        th, td { border: 1px solid #d3d8de; padding: 0.25rem 0.45rem; text-align: right; font-weight: normal; }
        th { color: #555; }
        th:first-child { text-align: left; white-space: nowrap; }
        td .date { float: left; font-size: 0.75em; color: #777; }
        table.answers th[scope="row"] { white-space: normal; text-align: left; }
        table.answers td, table.answers th { text-align: left; }
        table.answers td { white-space: nowrap; }
        table.answers + table.answers, .scrolls + .scrolls { margin-top: 0.8rem; }
        \(WorksheetDigestHTML.styleSheet)
        @media (max-width: 30rem) {
          html { font-size: 16px; }
          body { padding: 1.5rem 1rem 2rem; }
          .chart text { font-size: 17px; }
          td .date { display: none; }
          th:first-child { white-space: normal; }
          #worksheets table { display: block; overflow-x: auto; }
        }
        \(showsPictures ? PictureHTML.styleSheet : "")@page {
          margin: 16mm 16mm 18mm;
          @top-center {
            content: \(cssString(runningHeader));
            font: 8pt \(sansSerif); color: #555;
          }
          @bottom-center {
            content: "Page " counter(page) " of " counter(pages);
            font: 8pt \(sansSerif); color: #555;
          }
        }
        @media print {
          html { font-size: 10.5pt; }
          body { max-width: none; margin: 0; padding: 0; line-height: 1.5; }
          h2 { margin-top: 1.9rem; }
          .scrolls { overflow: visible; }
          /* The chart cannot split across pages: printed lower than on a screen (the drawing
             keeps its proportions, centred), it fits in what is left of a page more often, so
             that fewer pages end with a gap before it. */
          figure > svg { height: 48mm; }
        }
        """
    }
}
