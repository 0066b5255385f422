#ifndef _BITS_LKRN_H
#define _BITS_LKRN_H

/** @file
 *
 * Dummy architecture-specific Linux kernel image invocation
 *
 * This file is included only if the architecture does not provide its
 * own version of this file.
 *
 */

FILE_LICENCE ( GPL2_OR_LATER_OR_UBDL );
FILE_SECBOOT ( FORBIDDEN );

#define LKRN_MAGIC_ARCH 0

#endif /* _BITS_LKRN_H */
