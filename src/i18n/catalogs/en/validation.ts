/** Messages of the area "validation" (ids "validation.<key>"). */
export const validation = {};
