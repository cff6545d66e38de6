"""Qt views: pyqtgraph items and widgets that only draw what they are given."""
