#ifndef _STDBOOL_H
#define _STDBOOL_H

FILE_LICENCE ( GPL2_OR_LATER_OR_UBDL );
FILE_SECBOOT ( PERMITTED );

#define bool _Bool
#define true 1
#define false 0

#endif /* _STDBOOL_H */
