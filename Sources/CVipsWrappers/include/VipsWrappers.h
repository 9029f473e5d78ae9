// Plain functions over the parts of libvips that Swift cannot call: its operations take their
// optional arguments as a NULL-terminated variadic list, and VIPS_INIT is a macro.
//
// Every function that makes an image returns a new reference (release it with g_object_unref)
// or NULL, with libvips's reason in vips_error_buffer().
#ifndef JOURNAL_VIPS_WRAPPERS_H
#define JOURNAL_VIPS_WRAPPERS_H

#include <stddef.h>
#include <vips/vips.h>

/// Starts libvips, once, before any other call: the first load crashes without it. GLib's log
/// messages, libvips's warnings among them, go nowhere from then on, so that none reaches a
/// terminal raw. Returns 0, or -1 when libvips cannot start.
int journal_vips_start(const char *program);

/// Blocks every image loader of libvips but `loader` and its file, buffer and source forms (a
/// class name, such as "VipsForeignLoadJpeg"), so that a file is read by the loader its kind calls for or not at all.
void journal_vips_allow_only_loader(const char *loader);

/// The image in `bytes`, its header read and its pixels left unread. `bytes` must outlive it.
VipsImage *journal_vips_open(const void *bytes, size_t length);

/// The image in `bytes` reduced to fit `size` × `size` pixels (enlarged too when
/// `may_enlarge`, for drawings and pages that have no pixels of their own), turned upright by
/// its EXIF orientation and taken into sRGB by its ICC profile, if any. Fails on a file cut
/// short or pixel data that does not decode, instead of filling in grey; a decoder's mere
/// warnings (common in cameras' JPEGs) pass.
VipsImage *journal_vips_thumbnail(const void *bytes, size_t length, int size, int may_enlarge);

/// `image` as 8-bit sRGB, keeping its alpha channel.
VipsImage *journal_vips_to_srgb(VipsImage *image);

/// `count` bands of `image` from `first` on.
VipsImage *journal_vips_bands(VipsImage *image, int first, int count);

/// The smallest value of any pixel in `image`, in `minimum`. Returns 0, or -1.
int journal_vips_minimum(VipsImage *image, double *minimum);

/// `image` as a baseline JPEG of `quality` (1–100) with no metadata at all (EXIF, XMP, IPTC,
/// ICC, comments), in a buffer to release with g_free. Returns 0, or -1.
int journal_vips_save_jpeg(VipsImage *image, int quality, void **bytes, size_t *length);

/// `image` as a PNG with no metadata at all, in a buffer to release with g_free. Returns 0, or -1.
int journal_vips_save_png(VipsImage *image, void **bytes, size_t *length);

#endif
