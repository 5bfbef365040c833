// The four-lane Neumaier sum of CompensatedSum.Lanes (TapeLibrary), written with AVX2 so the four
// lanes share one 256-bit register. Swift compiles for baseline x86-64 here, SSE2 only, so its
// version takes two registers and twice the instructions a step; this one is chosen at run time
// when the processor has AVX2 (Package.swift gives the measurements).
//
// Bit for bit the Swift result: the same lanes, the same operations in the same order, no
// reassociation (no fast-math) and no fused multiply-add (there is no multiply to fuse, and
// contraction is off besides).
#include "CTapeKernels.h"

#pragma STDC FP_CONTRACT OFF

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

/// Whether the processor has AVX2 and the system saves its registers, asked once, on the first
/// sum. Not `__builtin_cpu_supports`: it links libgcc's CPU model, whose constructor runs `cpuid`
/// a dozen times as every process starts, and each `cpuid` traps to the hypervisor on a virtual
/// machine (0.04 ms of `echo 1+1 | tape`, docs/performance.md). 0: not asked yet, 1: yes, 2: no.
static int avx2State;

static bool hasAVX2(void) {
  int state = __atomic_load_n(&avx2State, __ATOMIC_RELAXED);
  if (state == 0) {
    unsigned int eax, ebx, ecx, edx;
    bool usable = false;
    if (__get_cpuid(1, &eax, &ebx, &ecx, &edx) && (ecx & bit_OSXSAVE) && (ecx & bit_AVX)) {
      unsigned int low, high;
      __asm__ volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
      // XCR0 bits 1 and 2: the system saves the SSE and AVX registers on a context switch.
      usable = (low & 6) == 6 && __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) && (ebx & bit_AVX2);
    }
    state = usable ? 1 : 2;
    __atomic_store_n(&avx2State, state, __ATOMIC_RELAXED);
  }
  return state == 1;
}

/// One Neumaier step in each of the four lanes: the larger in magnitude of the running sum and
/// the point loses the rounding error of their sum, which the compensation gains. Ordered >=, so
/// a NaN takes the second branch, as in Swift.
__attribute__((target("avx2"), always_inline)) static inline void
step(__m256d *sums, __m256d *compensations, __m256d points, __m256d signless) {
  __m256d next = _mm256_add_pd(*sums, points);
  __m256d sumIsLarger =
      _mm256_cmp_pd(_mm256_and_pd(*sums, signless), _mm256_and_pd(points, signless), _CMP_GE_OQ);
  __m256d larger = _mm256_blendv_pd(points, *sums, sumIsLarger);
  __m256d smaller = _mm256_blendv_pd(*sums, points, sumIsLarger);
  *compensations = _mm256_add_pd(*compensations, _mm256_add_pd(_mm256_sub_pd(larger, next), smaller));
  *sums = next;
}

__attribute__((target("avx2"))) static void
lanes(const double *points, size_t count, double *sums, double *compensations) {
  const __m256d signless = _mm256_castsi256_pd(_mm256_set1_epi64x(0x7FFFFFFFFFFFFFFF));
  __m256d laneSums = _mm256_setzero_pd();
  __m256d laneCompensations = _mm256_setzero_pd();
  size_t index = 0;
  for (; count - index >= 4; index += 4) {
    step(&laneSums, &laneCompensations, _mm256_loadu_pd(points + index), signless);
  }
  for (; index < count; index += 1) {
    step(&laneSums, &laneCompensations, _mm256_set_pd(0, 0, 0, points[index]), signless);
  }
  _mm256_storeu_pd(sums, laneSums);
  _mm256_storeu_pd(compensations, laneCompensations);
}
#endif

bool tape_compensated_sum_lanes(const double *points, size_t count, double *sums, double *compensations) {
#if defined(__x86_64__)
  if (!hasAVX2()) return false;
  if (count == 0 || points == NULL) {
    for (int lane = 0; lane < 4; lane += 1) sums[lane] = compensations[lane] = 0;
    return true;
  }
  lanes(points, count, sums, compensations);
  return true;
#else
  (void)points;
  (void)count;
  (void)sums;
  (void)compensations;
  return false;
#endif
}
