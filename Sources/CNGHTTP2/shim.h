// libnghttp2 for Swift. Debian 12's 1.52.0 (+deb12u3 backports the Rapid Reset limiter and
// the CONTINUATION cap). Its API imports as is; nothing here needs a wrapper.
#ifndef SAMARBEID_CNGHTTP2_SHIM_H
#define SAMARBEID_CNGHTTP2_SHIM_H

#include <nghttp2/nghttp2.h>

#endif
