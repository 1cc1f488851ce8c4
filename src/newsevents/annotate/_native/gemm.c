/* Small matrix products for the transition parser's loop, with the signature of thinc's
 * CBlas sgemm: C = alpha * op(A) * op(B) + beta * C, row-major, op = transpose when asked.
 *
 * spaCy's parser and entity recogniser call this once per transition step with a handful of
 * states (M) against the output layer (N classes by K hidden units). For shapes that small a
 * general BLAS spends most of its time packing and dispatching; plain dot products do not.
 * The common case (B transposed, as the parser calls it) sums in eight lanes so the compiler
 * can vectorise it; every other case is a plain loop. Built by hatch_build.py at install.
 */
#include <stddef.h>

#define LANES 8

static float dot(const float *a, const float *b, int k)
{
    float lane[LANES] = {0};
    float sum = 0.0f;
    int i = 0;
    for (; i + LANES <= k; i += LANES)
        for (int u = 0; u < LANES; u++)
            lane[u] += a[i + u] * b[i + u];
    for (; i < k; i++)
        sum += a[i] * b[i];
    for (int u = 0; u < LANES; u++)
        sum += lane[u];
    return sum;
}

static float strided_dot(int trans_a, int trans_b, const float *A, int lda, const float *B, int ldb,
                         int i, int j, int k)
{
    float sum = 0.0f;
    for (int p = 0; p < k; p++) {
        float a = trans_a ? A[(size_t)p * lda + i] : A[(size_t)i * lda + p];
        float b = trans_b ? B[(size_t)j * ldb + p] : B[(size_t)p * ldb + j];
        sum += a * b;
    }
    return sum;
}

void newsevents_sgemm(int trans_a, int trans_b, int m, int n, int k, float alpha,
                      const float *A, int lda, const float *B, int ldb,
                      float beta, float *C, int ldc)
{
    for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
            float sum = (!trans_a && trans_b)
                ? dot(A + (size_t)i * lda, B + (size_t)j * ldb, k)
                : strided_dot(trans_a, trans_b, A, lda, B, ldb, i, j, k);
            float *c = C + (size_t)i * ldc + j;
            *c = alpha * sum + (beta == 0.0f ? 0.0f : beta * *c);
        }
    }
}
