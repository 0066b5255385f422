#ifndef _BITS_MEMMAP_H
#define _BITS_MEMMAP_H

/** @file
 *
 * x86-specific system memory map API implementations
 *
 */

FILE_LICENCE ( GPL2_OR_LATER_OR_UBDL );
FILE_SECBOOT ( PERMITTED );

#include <ipxe/int15.h>

#endif /* _BITS_MEMMAP_H */
