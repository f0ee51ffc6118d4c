package mention

// DataFS is the embedded word lists, for the tests.
var DataFS = dataFS
