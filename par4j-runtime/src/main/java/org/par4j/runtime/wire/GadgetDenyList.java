package org.par4j.runtime.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Packages and classes that general-purpose deserializers must never instantiate: the known
 * deserialization gadget chains (commons-collections functors, TemplatesImpl, JNDI, RMI, script
 * engines...). Both fallbacks, Fory and JDK serialization, refuse them on decode. Extra prefixes can
 * be added with {@code par4j.wire.deny} (comma-separated).
 */
final class GadgetDenyList {
    private static final String[] PREFIXES = prefixes();

    private GadgetDenyList() {
    }

    /**
     * @param className a binary class name ({@code [L...;} array names are looked through)
     * @return whether decoding an instance of it is refused
     */
    static boolean denies(String className) {
        String name = className;
        int lastBracket = name.lastIndexOf('[');
        if (lastBracket >= 0) {
            name = name.substring(lastBracket + 1);
            if (name.startsWith("L")) {
                name = name.substring(1);
            }
        }
        for (String p : PREFIXES) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static String[] prefixes() {
        List<String> all = new ArrayList<>(List.of(
                "org.apache.commons.collections.functors.", "org.apache.commons.collections4.functors.",
                "org.apache.commons.beanutils.BeanComparator", "org.apache.commons.fileupload.",
                "org.codehaus.groovy.runtime.", "org.springframework.beans.factory.", "org.springframework.aop.",
                "org.springframework.transaction.jta.", "com.sun.org.apache.xalan.internal.xsltc.trax.",
                "org.apache.xalan.xsltc.trax.", "com.sun.rowset.", "com.sun.jndi.", "javax.naming.",
                "javax.management.", "java.rmi.server.", "sun.rmi.", "sun.reflect.annotation.", "java.beans.EventHandler",
                "javax.script.", "bsh.", "org.python.core.", "clojure.", "com.mchange.v2.c3p0.", "org.hibernate.",
                "org.mozilla.javascript.", "com.sun.syndication.", "net.sf.json.", "org.apache.myfaces.",
                "org.apache.wicket.util.upload.", "com.alibaba.fastjson.", "com.sun.corba.", "org.omg."));
        String extra = System.getProperty("par4j.wire.deny", "");
        for (String p : extra.split(",")) {
            if (!p.isBlank()) {
                all.add(p.strip());
            }
        }
        return all.toArray(String[]::new);
    }
}
