#ifndef _BITS_PCI_IO_H
#define _BITS_PCI_IO_H

/** @file
 *
 * i386-specific PCI I/O API implementations
 *
 */

FILE_LICENCE ( GPL2_OR_LATER_OR_UBDL );
FILE_SECBOOT ( PERMITTED );

#include <ipxe/pcibios.h>
#include <ipxe/pcidirect.h>

#endif /* _BITS_PCI_IO_H */
