package shenbao.identity.internal;

import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

	boolean existsByUsername(String username);

}
