// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Tape",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "tape", targets: ["tape"]),
    .library(name: "TapeCore", targets: ["TapeCore"]),
    // For Benchmarks/ (builtins, datasets, CSV load, charts) and the fuzz targets in Fuzz/.
    .library(name: "TapeLibrary", targets: ["TapeLibrary"]),
    .library(name: "TapeNotebook", targets: ["TapeNotebook"]),
    .library(name: "TapeREPL", targets: ["TapeREPL"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: [
    // The language: source text -> tokens -> syntax -> resolved program -> values. No I/O.
    .target(name: "TapeCore"),
    // What Tape knows: builtin functions with their help text, the built-in datasets.
    // Datasets/Data holds the CSV files; they reach the binary through the generated
    // EmbeddedData+Generated.swift (`make data`), not as resources.
    .target(
      name: "TapeLibrary",
      dependencies: ["TapeCore", "CTapeKernels"],
      exclude: ["Datasets/Data"]
    ),
    // Hand-written C for one loop Swift cannot vectorise well here: the four-lane compensated sum
    // behind `sum`, `mean`, `stdev` and `correlation` (CompensatedSum.Lanes). Swift compiles for
    // baseline x86-64, two doubles to a vector; the kernel holds the four lanes in one AVX2
    // register, is chosen at run time when the processor has AVX2, and gives the Swift result bit
    // for bit (a test checks). Benchmarks, Stages, 1,000,000 points, median of three runs:
    // `sum(s)` 423 -> 278 us, `mean(s)` 451 -> 291 us. Elsewhere (no AVX2, not x86-64) the Swift
    // loop runs.
    // DWARF 4: clang's default DWARF 5 debug info stops valgrind 3.19 (callgrind, for the
    // instruction counts of docs/performance.md) from reading the whole binary.
    .target(name: "CTapeKernels", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
    // `make data`: embeds Datasets/Data as raw string literals, then writes docs/datasets.md.
    .executableTarget(name: "GenerateEmbeddedData"),
    .executableTarget(name: "GenerateDatasetCatalog", dependencies: ["TapeLibrary"]),
    // `make docs` (also run by `make data`): writes docs/reference.md from what `help` reads.
    .executableTarget(name: "GenerateReference", dependencies: ["TapeLibrary"]),
    // libedit's readline-compatible API, for line editing in the REPL: opened with `dlopen` when a
    // terminal is read, not linked, so pipes and `-e` start without it (docs/performance.md).
    .target(name: "CEditline"),
    // Runs a function on a stack of Tape's own on the calling thread (`LargeStack`): the 512 MB
    // stack deep recursion needs, without a second thread. C because makecontext is variadic.
    .target(name: "CStackSwitch", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
    // Front ends: batch evaluation of a pipe or `-e`, JSON output, the interactive REPL.
    // Notebooks: `.session` files that replay and verify themselves.
    .target(name: "TapeNotebook", dependencies: ["TapeCore", "TapeLibrary"]),
    .target(
      name: "TapeREPL",
      dependencies: ["TapeCore", "TapeLibrary", "TapeNotebook", "CEditline", "CStackSwitch"]
    ),
    .executableTarget(
      name: "tape",
      dependencies: [
        "TapeREPL", "TapeNotebook",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "TapeCoreTests", dependencies: ["TapeCore"]),
    .testTarget(name: "TapeLibraryTests", dependencies: ["TapeCore", "TapeLibrary"]),
    .testTarget(
      name: "GoldenTests",
      dependencies: ["TapeCore", "TapeLibrary", "TapeNotebook", "TapeREPL"],
      exclude: ["Fixtures"]
    ),
    .testTarget(name: "TapeNotebookTests", dependencies: ["TapeCore", "TapeLibrary", "TapeNotebook"]),
    .testTarget(name: "TapeREPLTests", dependencies: ["TapeCore", "TapeLibrary", "TapeREPL"]),
    .testTarget(name: "TapeCLITests", dependencies: ["tape"]),
  ],
  swiftLanguageModes: [.v6]
)
