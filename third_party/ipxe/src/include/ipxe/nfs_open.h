#ifndef _IPXE_NFS_OPEN_H
#define _IPXE_NFS_OPEN_H

/** @file
 *
 * Network File System protocol.
 *
 */

FILE_LICENCE ( GPL2_OR_LATER_OR_UBDL );

#endif /* _IPXE_NFS_OPEN_H */
