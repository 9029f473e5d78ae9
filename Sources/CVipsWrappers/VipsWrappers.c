#include "VipsWrappers.h"

static void discard_message(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {
    (void)domain;
    (void)level;
    (void)message;
    (void)data;
}

static GLogWriterOutput discard_structured_message(
    GLogLevelFlags level, const GLogField *fields, gsize count, gpointer data) {
    (void)level;
    (void)fields;
    (void)count;
    (void)data;
    return G_LOG_WRITER_HANDLED;
}

int journal_vips_start(const char *program) {
    // Before VIPS_INIT, which may itself warn.
    g_log_set_default_handler(discard_message, NULL);
    g_log_set_writer_func(discard_structured_message, NULL, NULL);
    return VIPS_INIT(program);
}

void journal_vips_allow_only_loader(const char *loader) {
    vips_operation_block_set("VipsForeignLoad", TRUE);
    vips_operation_block_set(loader, FALSE);
}

VipsImage *journal_vips_open(const void *bytes, size_t length) {
    return vips_image_new_from_buffer(bytes, length, "", "access", VIPS_ACCESS_SEQUENTIAL, NULL);
}

VipsImage *journal_vips_thumbnail(const void *bytes, size_t length, int size, int may_enlarge) {
    VipsImage *out = NULL;
    // Through the loader's options: libvips 8.14 passes its own fail_on argument on to the
    // loader only when reading a file, so a garbled PNG in memory would become a grey one.
    if (vips_thumbnail_buffer((void *)bytes, length, &out, size,
            "height", size,
            "size", may_enlarge ? VIPS_SIZE_BOTH : VIPS_SIZE_DOWN,
            "option_string", "fail_on=error",
            NULL))
        return NULL;
    return out;
}

VipsImage *journal_vips_to_srgb(VipsImage *image) {
    VipsImage *out = NULL;
    if (vips_colourspace(image, &out, VIPS_INTERPRETATION_sRGB, NULL)) return NULL;
    return out;
}

VipsImage *journal_vips_bands(VipsImage *image, int first, int count) {
    VipsImage *out = NULL;
    if (vips_extract_band(image, &out, first, "n", count, NULL)) return NULL;
    return out;
}

int journal_vips_minimum(VipsImage *image, double *minimum) {
    return vips_min(image, minimum, NULL);
}

int journal_vips_save_jpeg(VipsImage *image, int quality, void **bytes, size_t *length) {
    return vips_jpegsave_buffer(image, bytes, length,
        "Q", quality,
        "optimize_coding", TRUE,
        "strip", TRUE,
        NULL);
}

int journal_vips_save_png(VipsImage *image, void **bytes, size_t *length) {
    return vips_pngsave_buffer(image, bytes, length, "strip", TRUE, NULL);
}
