// Linux system calls Swift's Glibc module does not export: epoll, eventfd, accept4.
#ifndef SAMARBEID_CLINUX_H
#define SAMARBEID_CLINUX_H

#include <errno.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>

// accept4 is declared only under _GNU_SOURCE, which Swift's Glibc module does not set;
// shim.c defines it and forwards.
int samarbeid_accept4(int fd, struct sockaddr *address, socklen_t *length, int flags);

// Keeps freed memory in the process (no trimming, large allocations from the heap) so a
// busy server does not page-fault on every burst. mallopt's parameters are macros.
void samarbeid_tune_malloc(void);

// Bytes the allocator has handed out and not had back (all arenas, mmapped blocks included):
// what the process uses, as against what it keeps (RSS).
size_t samarbeid_heap_in_use(void);

// errno is a macro over a thread-local function.
static inline int samarbeid_errno(void) { return errno; }

#endif
