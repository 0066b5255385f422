#ifndef _BITS_IO_H
#define _BITS_IO_H

/** @file
 *
 * x86-specific I/O API implementations
 *
 */

FILE_LICENCE ( GPL2_OR_LATER_OR_UBDL );
FILE_SECBOOT ( PERMITTED );

/** Page shift */
#define PAGE_SHIFT 12

#include <ipxe/x86_io.h>

#endif /* _BITS_IO_H */
