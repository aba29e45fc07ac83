"""Static CSS and JavaScript inlined into the HTML report."""
