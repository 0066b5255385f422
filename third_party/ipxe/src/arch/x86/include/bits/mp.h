#ifndef _BITS_MP_H
#define _BITS_MP_H

/** @file
 *
 * x86-specific multiprocessor API implementation
 *
 */

FILE_LICENCE ( GPL2_OR_LATER_OR_UBDL );

#include <ipxe/bios_mp.h>

#endif /* _BITS_MP_H */
