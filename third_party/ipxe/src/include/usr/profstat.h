#ifndef _USR_PROFSTAT_H
#define _USR_PROFSTAT_H

/** @file
 *
 * Profiling
 *
 */

FILE_LICENCE ( GPL2_OR_LATER_OR_UBDL );
FILE_SECBOOT ( PERMITTED );

extern void profstat ( void );

#endif /* _USR_PROFSTAT_H */
