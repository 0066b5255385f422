#ifndef _USR_IPSTAT_H
#define _USR_IPSTAT_H

/** @file
 *
 * IP statistics
 *
 */

FILE_LICENCE ( GPL2_OR_LATER_OR_UBDL );
FILE_SECBOOT ( PERMITTED );

extern void ipstat ( void );

#endif /* _USR_IPSTAT_H */
