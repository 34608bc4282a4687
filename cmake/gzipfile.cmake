# cmake -DINPUT=<file> -DOUTPUT=<file.gz> -P gzipfile.cmake: gzip -9 one file, as Debian wants
# man pages and changelogs (also include()d, with INPUT and OUTPUT set).
file(REMOVE "${OUTPUT}")
file(ARCHIVE_CREATE OUTPUT "${OUTPUT}" PATHS "${INPUT}" FORMAT raw COMPRESSION GZip
    COMPRESSION_LEVEL 9)
