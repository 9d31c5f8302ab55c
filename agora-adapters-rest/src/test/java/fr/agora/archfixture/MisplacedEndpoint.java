package fr.agora.archfixture;

/**
 * Deliberate violation (test fixture): a controller outside the REST adapter and not named …Controller.
 * Outside the component-scan root, so the running application never registers it.
 */
@org.springframework.web.bind.annotation.RestController
public class MisplacedEndpoint {
}
