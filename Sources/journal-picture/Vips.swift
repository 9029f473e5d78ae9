import CVips
import CVipsWrappers
import Foundation
import JournalCore

/// libvips for the whole process.
enum Vips {
    static func start() -> Bool {
        journal_vips_start("journal-picture") == 0
    }

    /// Whether libvips has recorded an error since `clearErrors()`. A decoder's error in one of
    /// libvips's worker threads does not always reach the call that computed the picture:
    /// libvips 8.14 finished a PNG whose pixel data was garbage, grey, now and then (in a test
    /// program 3 to 57 times in 200 runs), leaving only the error's message behind.
    static var hasRecordedAnError: Bool {
        vips_error_buffer().map { $0.pointee != 0 } ?? false
    }

    static func clearErrors() {
        vips_error_clear()
    }

    /// Lets only the loader for `kind` read files: the kind journal recognised decides which
    /// decoder sees the bytes, and the rest of libvips's loaders (TIFF, ImageMagick, …) none.
    static func allowOnlyLoader(for kind: AttachmentKind) {
        let loader =
            switch kind {
            case .jpeg: "VipsForeignLoadJpeg"
            case .png: "VipsForeignLoadPng"
            case .gif: "VipsForeignLoadNsgif"
            case .webp: "VipsForeignLoadWebp"
            case .heic, .heif: "VipsForeignLoadHeif"
            case .svg: "VipsForeignLoadSvg"
            case .pdf: "VipsForeignLoadPdf"
            }
        // Class names: libvips 8.14 finds no operation to block by its nickname.
        journal_vips_allow_only_loader(loader)
    }
}

/// A libvips image, released with the last reference to it.
final class VipsPicture {
    private let image: UnsafeMutablePointer<VipsImage>

    /// nil when libvips gave no image; its reason is dropped, as libvips's words are not for
    /// the person using journal.
    init?(_ image: UnsafeMutablePointer<VipsImage>?) {
        guard let image else {
            vips_error_clear()
            return nil
        }
        self.image = image
    }

    deinit {
        g_object_unref(image)
    }

    var width: Int { Int(vips_image_get_width(image)) }
    var height: Int { Int(vips_image_get_height(image)) }
    var bandCount: Int { Int(vips_image_get_bands(image)) }
    /// The EXIF orientation, 1 to 8, 1 when there is none.
    var orientation: Int { Int(vips_image_get_orientation(image)) }
    /// Whether the orientation turns the picture a quarter, swapping width and height.
    var orientationSwapsSides: Bool { vips_image_get_orientation_swap(image) != 0 }
    var pageCount: Int { Int(vips_image_get_n_pages(image)) }
    var hasAlpha: Bool { vips_image_hasalpha(image) != 0 }
    /// The value of a fully opaque pixel in the alpha band: 255 for 8 bits, 65,535 for 16.
    var opaqueAlpha: Double { vips_image_get_format(image) == VIPS_FORMAT_USHORT ? 65_535 : 255 }

    /// The names of the image's metadata fields, such as "exif-ifd3-GPSLatitude".
    var fieldNames: [String] {
        guard let fields = vips_image_get_fields(image) else { return [] }
        defer { g_strfreev(fields) }
        var names: [String] = []
        var index = 0
        while let name = fields[index] {
            names.append(String(cString: name))
            index += 1
        }
        return names
    }

    func inSRGB() -> VipsPicture? { VipsPicture(journal_vips_to_srgb(image)) }

    /// The pixels computed once and held in memory, so that several passes over them do not
    /// decode the file again.
    func inMemory() -> VipsPicture? { VipsPicture(vips_image_copy_memory(image)) }

    func bands(from first: Int, count: Int) -> VipsPicture? {
        VipsPicture(journal_vips_bands(image, Int32(first), Int32(count)))
    }

    func minimum() -> Double? {
        var minimum = 0.0
        guard journal_vips_minimum(image, &minimum) == 0 else {
            vips_error_clear()
            return nil
        }
        return minimum
    }

    func jpeg(quality: Int) -> Data? {
        saved { journal_vips_save_jpeg(image, Int32(quality), &$0, &$1) }
    }

    func png() -> Data? {
        saved { journal_vips_save_png(image, &$0, &$1) }
    }

    private func saved(_ save: (inout UnsafeMutableRawPointer?, inout Int) -> Int32) -> Data? {
        var buffer: UnsafeMutableRawPointer?
        var length = 0
        guard save(&buffer, &length) == 0, let buffer else {
            vips_error_clear()
            return nil
        }
        defer { g_free(buffer) }
        return Data(bytes: buffer, count: length)
    }
}
