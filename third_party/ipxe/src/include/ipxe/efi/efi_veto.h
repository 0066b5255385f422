#ifndef _IPXE_EFI_VETO_H
#define _IPXE_EFI_VETO_H

/** @file
 *
 * EFI driver vetoes
 */

FILE_LICENCE ( GPL2_OR_LATER_OR_UBDL );
FILE_SECBOOT ( PERMITTED );

extern void efi_veto ( void );

#endif /* _IPXE_EFI_VETO_H */
