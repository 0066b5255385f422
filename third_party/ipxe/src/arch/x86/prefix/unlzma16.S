/*
 * 16-bit version of the decompressor
 *
 */

FILE_LICENCE ( GPL2_OR_LATER_OR_UBDL )

#define CODE16
#include "unlzma.S"
