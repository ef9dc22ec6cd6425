// zlib for Swift, for gRPC's gzip and deflate message encodings.
#ifndef SAMARBEID_CZLIB_SHIM_H
#define SAMARBEID_CZLIB_SHIM_H

#include <zlib.h>

// deflateInit2 and inflateInit2 are macros that pass ZLIB_VERSION and sizeof(z_stream).
static inline int samarbeid_deflateInit2(z_streamp stream, int level, int method, int windowBits,
                                         int memLevel, int strategy) {
  return deflateInit2(stream, level, method, windowBits, memLevel, strategy);
}

static inline int samarbeid_inflateInit2(z_streamp stream, int windowBits) {
  return inflateInit2(stream, windowBits);
}

#endif
