// libvips as the system installs it (Debian: libvips-dev); pkg-config `vips` gives the paths.
#include <vips/vips.h>
