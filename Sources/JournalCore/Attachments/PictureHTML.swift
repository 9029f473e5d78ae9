/// Pictures in the HTML digest: each print copy inline as an image of its own bytes (the page
/// still fetches nothing), never an SVG's markup, with its name and what it is below it.
enum PictureHTML {
    /// `<figure>` with the copy and its caption: `storm.jpg · picture, 3000 × 4000`, or for a
    /// PDF `worksheet.pdf · PDF, first page of 2`.
    static func figure(_ picture: PrintedPicture) -> String {
        let attachment = picture.attachment
        let name = DigestHTML.escaped(attachment.name)
        let source = "data:\(picture.kind.mediaType);base64,\(picture.bytes.base64EncodedString())"
        return """
            <figure class="picture\(attachment.kind == .pdf ? " page" : "")">
            <img src="\(source)" width="\(picture.width)" height="\(picture.height)" alt="\(name)">
            <figcaption>\(name) · \(DigestHTML.escaped(description(of: attachment)))</figcaption>
            </figure>
            """
    }

    /// The names of an entry's pictures, for an entry shown in brief.
    static func names(_ attachments: [Attachment]) -> String {
        #"<p class="labels">"# + attachments.map { DigestHTML.escaped(AttachmentWording.placeholder($0)) }.joined(separator: " ")
            + "</p>"
    }

    private static func description(of attachment: Attachment) -> String {
        let noun = AttachmentWording.noun(attachment.kind)
        guard attachment.kind == .pdf else { return "\(noun), \(attachment.width) × \(attachment.height)" }
        return attachment.pageCount == 1 ? "\(noun), 1 page" : "\(noun), first page of \(attachment.pageCount)"
    }

    /// The pictures' part of the page's style sheet, ending with a line break; only in a page
    /// with pictures. A picture is as wide as the page at most and, printed, never taller than
    /// what an A4 or Letter page holds beside its entry's heading.
    static let styleSheet = """
        .picture img {
          display: block; box-sizing: border-box; width: auto; height: auto; max-width: 100%; max-height: 80vh;
        }
        .picture.page img { border: 1px solid #c9cfd6; }
        @media print { .picture img { max-height: 190mm; } }

        """
}
