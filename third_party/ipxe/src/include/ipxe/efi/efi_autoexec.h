#ifndef _IPXE_EFI_AUTOEXEC_H
#define _IPXE_EFI_AUTOEXEC_H

/** @file
 *
 * EFI autoexec script
 *
 */

FILE_LICENCE ( GPL2_OR_LATER_OR_UBDL );
FILE_SECBOOT ( PERMITTED );

extern int efi_autoexec_load ( void );

#endif /* _IPXE_EFI_AUTOEXEC_H */
