#ifndef _BITS_XEN_H
#define _BITS_XEN_H

/** @file
 *
 * Dummy architecture-specific Xen interface
 *
 * This file is included only if the architecture does not provide its
 * own version of this file.
 *
 */
FILE_LICENCE ( GPL2_OR_LATER_OR_UBDL );
FILE_SECBOOT ( PERMITTED );

#include <ipxe/nonxen.h>

#endif /* _BITS_XEN_H */
