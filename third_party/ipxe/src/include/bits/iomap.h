#ifndef _BITS_IOMAP_H
#define _BITS_IOMAP_H

/** @file
 *
 * Dummy architecture-specific I/O mapping API implementations
 *
 * This file is included only if the architecture does not provide its
 * own version of this file.
 *
 */

FILE_LICENCE ( GPL2_OR_LATER_OR_UBDL );
FILE_SECBOOT ( PERMITTED );

#endif /* _BITS_IOMAP_H */
