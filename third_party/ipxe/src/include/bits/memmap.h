#ifndef _BITS_MEMMAP_H
#define _BITS_MEMMAP_H

/** @file
 *
 * Dummy architecture-specific system memory map
 *
 * This file is included only if the architecture does not provide its
 * own version of this file.
 *
 */

FILE_LICENCE ( GPL2_OR_LATER_OR_UBDL );
FILE_SECBOOT ( PERMITTED );

#endif /* _BITS_MEMMAP_H */
