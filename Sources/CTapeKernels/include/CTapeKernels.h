#ifndef C_TAPE_KERNELS_H
#define C_TAPE_KERNELS_H

#include <stdbool.h>
#include <stddef.h>

/// Neumaier's compensated sum of `count` doubles in four lanes, with AVX2: point i goes to lane
/// i % 4, except that the last `count % 4` points all go to the first lane (with 0 added to the
/// other three), each lane runs Neumaier's step in order, and the four sums and four
/// compensations are written to `sums` and `compensations`. This is `CompensatedSum.Lanes` in
/// TapeLibrary, bit for bit; that type combines the lanes.
///
/// Returns false, writing nothing, where the processor has no AVX2 or is not x86-64: the caller
/// then adds the points itself. `points` may be null only when `count` is 0.
bool tape_compensated_sum_lanes(const double *_Nullable points, size_t count, double *_Nonnull sums,
                                double *_Nonnull compensations);

#endif
