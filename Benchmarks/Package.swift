// swift-tools-version: 6.1
// Benchmarks for Tape, kept out of the main package so that `swift build` / `swift test` and CI at
// the top level never build ordo-one/benchmark. Run from this folder:
//   swift package benchmark                      (all benchmarks; first build about 80 s)
//   swift package benchmark --target Stages      (Tape's stages: docs/performance.md)
//   swift run -c release number-facts            (the correctness figures of docs/number-representation.md)
import PackageDescription

let package = Package(
  name: "TapeBenchmarks",
  platforms: [.macOS(.v15)],
  dependencies: [
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    .package(name: "Tape", path: ".."),
  ],
  targets: [
    // Double vs Decimal for Tape's scalar quantities, and Tape end to end.
    .executableTarget(
      name: "NumberRepresentation",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "TapeCore", package: "Tape"),
        "NumberKernels",
      ],
      path: "Benchmarks/NumberRepresentation",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    // Tape's stages one at a time: parse, evaluate, call, series, CSV load, render (docs/performance.md).
    .executableTarget(
      name: "Stages",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "TapeCore", package: "Tape"),
        .product(name: "TapeLibrary", package: "Tape"),
      ],
      path: "Benchmarks/Stages",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    // The measured code, shared by the benchmarks and `number-facts`: parse, arithmetic, display
    // text for Double (Tape's NumberText rules) and for Decimal.
    .target(name: "NumberKernels", path: "Sources/NumberKernels"),
    // Not a benchmark: prints the exactness facts (0.1 summed 10 million times, round trips, cents).
    .executableTarget(
      name: "number-facts",
      dependencies: ["NumberKernels", .product(name: "TapeCore", package: "Tape")],
      path: "Sources/number-facts"
    ),
  ],
  swiftLanguageModes: [.v6]
)
