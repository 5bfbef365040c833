#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One environment variable by name. `ProcessInfo.processInfo.environment` builds a dictionary
/// of every variable, which cost a quarter of the static binary's start-up (0.78 M instructions
/// of 3.3 M) for the two that the config needs.
enum EnvironmentVariables {
  static func value(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}
