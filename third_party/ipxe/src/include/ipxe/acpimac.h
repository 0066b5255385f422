#ifndef _IPXE_ACPIMAC_H
#define _IPXE_ACPIMAC_H

/** @file
 *
 * ACPI MAC address
 *
 */

FILE_LICENCE ( GPL2_OR_LATER_OR_UBDL );
FILE_SECBOOT ( PERMITTED );

extern int acpi_mac ( uint8_t *hw_addr );

#endif /* _IPXE_ACPIMAC_H */
