#ifndef _USR_NEIGHMGMT_H
#define _USR_NEIGHMGMT_H

/** @file
 *
 * Neighbour management
 *
 */

FILE_LICENCE ( GPL2_OR_LATER_OR_UBDL );
FILE_SECBOOT ( PERMITTED );

extern void nstat ( void );

#endif /* _USR_NEIGHMGMT_H */
