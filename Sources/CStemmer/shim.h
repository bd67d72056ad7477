// Snowball's C library (Debian: libstemmer-dev). It ships no pkg-config file; the header is in
// the default include path and the library is linked by name from module.modulemap.
#include <libstemmer.h>
