/* bootforge's iPXE feature set, copied over src/config/local/general.h by build.sh.
 * Upstream's defaults stay as they are; this only adds. */

/* IPv6 everywhere: upstream leaves it out of BIOS builds for historical reasons only. */
#undef NET_PROTO_IPV6
#define NET_PROTO_IPV6

/* HTTP everywhere (upstream's default); HTTPS where upstream enables it (EFI). */
#undef DOWNLOAD_PROTO_HTTP
#define DOWNLOAD_PROTO_HTTP

/* Small diagnostics an operator wants at the iPXE prompt on an IPv6 link. */
#define PING_CMD
#define NEIGHBOUR_CMD
#define NSLOOKUP_CMD
#define IPSTAT_CMD

/* gzip-compressed kernels (Debian's arm64 vmlinuz) are decompressed on load. */
#define IMAGE_GZIP
