/* LD_PRELOAD shim for the measuring client (perfdhcp) in dhcp_throughput.sh: every UDP
 * socket it opens gets a receive buffer of RCVBUF_FORCE bytes (default 8 MiB) through
 * SO_RCVBUFFORCE, which root may set beyond net.core.rmem_max. net.core.rmem_default is
 * read-only inside a network namespace, and perfdhcp's default ~208 KiB buffer drops the
 * tail of a burst of answers while it is descheduled on a shared machine: then the client,
 * not the server, sets the measured clean rate. Applied to every server's runs alike. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <sys/socket.h>

int socket(int domain, int type, int protocol) {
    static int (*real_socket)(int, int, int);
    if (!real_socket)
        real_socket = (int (*)(int, int, int))dlsym(RTLD_NEXT, "socket");
    int fd = real_socket(domain, type, protocol);
    if (fd >= 0 && (type & 0xf) == SOCK_DGRAM) {
        const char *env = getenv("RCVBUF_FORCE");
        int size = env ? atoi(env) : 8 << 20;
        if (size > 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof size);
    }
    return fd;
}
