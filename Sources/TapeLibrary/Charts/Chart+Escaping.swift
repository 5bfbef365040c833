import TapeCore

extension Chart {
  /// The chart with its title, unit, series names and marker labels escaped for display
  /// (`escapingControlCharacters`): they can come from data, a string naming a series or a CSV
  /// column, and a terminal would obey the control characters in them. Both renderers draw this.
  var escapingControlCharacters: Chart {
    var chart = self
    chart.title = title.escapingControlCharacters
    chart.unit = unit.escapingControlCharacters
    for index in chart.series.indices { chart.series[index].name = series[index].name.escapingControlCharacters }
    for index in chart.markers.indices { chart.markers[index].label = markers[index].label.escapingControlCharacters }
    return chart
  }
}
