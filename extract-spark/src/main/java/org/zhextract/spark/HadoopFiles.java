package org.zhextract.spark;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads whole files through Hadoop inside a task, with the driver's Hadoop configuration
 * (credentials, endpoints) shipped along; a Hadoop {@link Configuration} is not itself
 * serializable.
 *
 * <p>Files are read through the raw file system under a checksummed one (the local
 * {@code file:} system): archives of articles carry no {@code .crc} sidecars, and Hadoop's
 * sidecar lookup fails outright on names containing a colon ({@code 美司法部长: 企业….md}),
 * which Spark's own binaryFile reader turns into a failed job.
 */
final class HadoopFiles implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The largest file a Java array holds. */
    private static final long MAX_BYTES = Integer.MAX_VALUE - 8;

    private transient Configuration configuration;

    HadoopFiles(Configuration configuration) {
        this.configuration = new Configuration(configuration);
    }

    /** The file's bytes. */
    byte[] read(String path) throws IOException {
        Path file = new Path(path);
        FileSystem fs = file.getFileSystem(configuration);
        if (fs instanceof ChecksumFileSystem checksummed) {
            fs = checksummed.getRawFileSystem();
        }
        long length = fs.getFileStatus(file).getLen();
        if (length > MAX_BYTES) {
            throw new IOException(path + " has " + length + " bytes, more than one document can hold");
        }
        try (InputStream in = fs.open(file)) {
            return in.readAllBytes();
        }
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        configuration.write(new DataOutputStream(out));
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        configuration = new Configuration(false);
        configuration.readFields(new DataInputStream(in));
    }
}
