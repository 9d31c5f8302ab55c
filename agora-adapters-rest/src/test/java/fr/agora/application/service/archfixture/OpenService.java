package fr.agora.application.service.archfixture;

/** Test fixture: a service left open to subclassing (services are final). */
public class OpenService {
    public void run() {
    }
}
