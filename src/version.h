#ifndef SCT_VERSION_H
#define SCT_VERSION_H
#define SCTRACE_VERSION "0.1.0"
#endif
