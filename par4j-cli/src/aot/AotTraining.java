/**
 * The program bin/par4j compiles once after each build to train the par4j command's AOT cache
 * (JDK 25, JEP 483/514): the classes of picocli, `par4j run` and javac are then loaded and linked
 * from the cache, not from the jars, at every start. Never run.
 */
public class AotTraining {
    public static void main(String[] args) {
        System.out.println(String.join(" ", args));
    }
}
