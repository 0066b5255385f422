#ifndef _BITS_ACPI_H
#define _BITS_ACPI_H

/** @file
 *
 * Dummy architecture-specific ACPI API implementations
 *
 * This file is included only if the architecture does not provide its
 * own version of this file.
 *
 */

FILE_LICENCE ( GPL2_OR_LATER_OR_UBDL );
FILE_SECBOOT ( PERMITTED );

#endif /* _BITS_ACPI_H */
