/*
 * Copyright (C) 2012 Michael Brown <mbrown@fensystems.co.uk>.
 *
 * This program is free software; you can redistribute it and/or
 * modify it under the terms of the GNU General Public License as
 * published by the Free Software Foundation; either version 2 of the
 * License, or any later version.
 *
 * This program is distributed in the hope that it will be useful, but
 * WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
 * General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program; if not, write to the Free Software
 * Foundation, Inc., 51 Franklin Street, Fifth Floor, Boston, MA
 * 02110-1301, USA.
 *
 * You can also choose to distribute this program under the terms of
 * the Unmodified Binary Distribution Licence (as given in the file
 * COPYING.UBDL), provided that you have satisfied its requirements.
 */

FILE_LICENCE ( GPL2_OR_LATER_OR_UBDL );
FILE_SECBOOT ( PERMITTED );

/**
 * @file
 *
 * Wide-character strings
 *
 */

#include <wchar.h>

/**
 * Calculate length of wide-character string
 *
 * @v string		String
 * @v max		Maximum length (in wide characters)
 * @ret len		Length (in wide characters, excluding terminating NUL)
 */
size_t wcsnlen ( const wchar_t *string, size_t max ) {
	size_t len = 0;

	while ( max-- && *(string++) )
		len++;
	return len;
}

/**
 * Calculate length of wide-character string
 *
 * @v string		String
 * @ret len		Length (in wide characters, excluding terminating NUL)
 */
size_t wcslen ( const wchar_t *string ) {

	return wcsnlen ( string, ( ( ~( ( size_t ) 0 ) ) /
				   sizeof ( string[0] ) ) );
}
