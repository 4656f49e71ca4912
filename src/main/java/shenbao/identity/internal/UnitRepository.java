package shenbao.identity.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface UnitRepository extends ListCrudRepository<Unit, Long> {

	Optional<Unit> findByCreditCode(String creditCode);

}
