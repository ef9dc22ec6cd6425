import ArgumentParser

/// How results are printed: aligned tables for people, JSON or CSV for scripts, or only the
/// ids (`id`, one per line) to keep in a shell variable: `org=$(samarbeid org create ... -o id)`.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
  case table, json, csv, id
}
