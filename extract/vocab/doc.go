// Package vocab reads vocabulary files: the word lists each stage embeds
// under its data/ folder, and the files a user adds with -vocab KIND=FILE in
// the same formats. A file is read line by line: blank lines and lines that
// start with "#" are comments, fields are separated by tabs, and an error
// names the file and the line ("vocabulary my.tsv line 3: want
// label<TAB>zone: ...").
//
// It knows no stage and no word: it must not import any other package of
// stratex.
package vocab
